from django.contrib.auth import logout
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme


def logout_view(request):
    logout(request)
    destination = request.GET.get("return", "/")
    if not url_has_allowed_host_and_scheme(destination, allowed_hosts={request.get_host()},
                                           require_https=request.is_secure()):
        destination = "/"
    return redirect(destination)
