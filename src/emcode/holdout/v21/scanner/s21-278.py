from django.shortcuts import redirect
from django.contrib.auth import logout
from django.utils.http import url_has_allowed_host_and_scheme


def sign_out(request):
    logout(request)
    dest = request.GET.get("return_to", "/")
    if not url_has_allowed_host_and_scheme(dest, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        dest = "/"
    return redirect(dest)
