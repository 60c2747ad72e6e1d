from django.conf import settings
from django.contrib.auth import authenticate, login, logout
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST


def _safe_next(request, fallback):
    nxt = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(nxt, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return nxt
    return fallback


def login_view(request):
    if request.method == "POST":
        user = authenticate(request, username=request.POST.get("username"), password=request.POST.get("password"))
        if user:
            login(request, user)
            return HttpResponseRedirect(_safe_next(request, settings.LOGIN_REDIRECT_URL))
    return render(request, "accounts/login.html")


@require_POST
def logout_view(request):
    logout(request)
    return HttpResponseRedirect(reverse("home"))


@require_POST
def set_language(request):
    lang = request.POST.get("lang", "en")
    resp = HttpResponseRedirect(_safe_next(request, "/"))
    if lang in dict(settings.LANGUAGES):
        resp.set_cookie(settings.LANGUAGE_COOKIE_NAME, lang, samesite="Lax", secure=True)
    return resp
