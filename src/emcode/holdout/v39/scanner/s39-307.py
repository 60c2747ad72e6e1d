from django.http import HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme


def back(request):
    ref = request.META.get("HTTP_REFERER", "/")
    if not url_has_allowed_host_and_scheme(ref, allowed_hosts={"museum.example", "www.museum.example"}, require_https=True):
        ref = "/"
    return HttpResponseRedirect(ref)
