from django.shortcuts import redirect
from django.contrib.auth import authenticate, login
from django.http import HttpResponseBadRequest
from django.utils.http import url_has_allowed_host_and_scheme


def login_view(request):
    if request.method != "POST":
        return HttpResponseBadRequest()
    user = authenticate(request, username=request.POST.get("u"), password=request.POST.get("p"))
    if user is None:
        return redirect("/login?failed=1")
    login(request, user)
    nxt = request.GET.get("next", "/dashboard")
    if not url_has_allowed_host_and_scheme(nxt, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        nxt = "/dashboard"
    return redirect(nxt)
