from django.conf import settings
from django.http import HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme


def after_login(request):
    candidate = request.POST.get("next", "")
    ok = url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return HttpResponseRedirect(candidate if ok else settings.LOGIN_REDIRECT_URL)
