from django.conf import settings
from django.contrib.auth import logout
from django.http import HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme


def sign_out(request):
    logout(request)
    return_to = request.GET.get("return_to", "/")
    if not url_has_allowed_host_and_scheme(return_to, allowed_hosts={request.get_host()},
                                           require_https=request.is_secure()):
        return_to = settings.LOGOUT_REDIRECT_URL or "/"
    response = HttpResponseRedirect(return_to)
    response.delete_cookie("remember_me")
    return response
