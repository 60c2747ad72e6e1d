from django.http import HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme

def logout_then(request):
    request.session.flush()
    dest = request.GET.get("return_to", "/")
    if not url_has_allowed_host_and_scheme(dest, allowed_hosts={request.get_host()}, require_https=True):
        dest = "/"
    return HttpResponseRedirect(dest)
