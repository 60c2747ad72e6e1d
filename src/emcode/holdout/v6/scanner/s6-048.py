from django.http import HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme

def out(request):
    url = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(url, allowed_hosts={request.get_host()}, require_https=True):
        url = "/"
    return HttpResponseRedirect(url)
