from django.http import HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme


def after_checkout(request):
    dest = request.GET.get("return_to", "/bookings/")
    if not url_has_allowed_host_and_scheme(dest, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        dest = "/bookings/"
    return HttpResponseRedirect(dest)
