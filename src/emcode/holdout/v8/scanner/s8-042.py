from django.conf import settings
from django.contrib.auth import logout
from django.http import HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme


def sign_out(request):
    logout(request)
    back = request.GET.get("return_to", "/")
    if not url_has_allowed_host_and_scheme(back, allowed_hosts=set(settings.ALLOWED_HOSTS),
                                           require_https=request.is_secure()):
        back = "/"
    return HttpResponseRedirect(back)
