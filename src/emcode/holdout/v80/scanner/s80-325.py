from django.http import HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme


def back_to_booking(request):
    dest = request.GET.get("return_to", "")
    if not url_has_allowed_host_and_scheme(dest, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        dest = "/bookings/"
    return HttpResponseRedirect(dest)
