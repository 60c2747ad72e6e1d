from django.shortcuts import redirect
from django.contrib.auth import authenticate, login
from django.http import HttpResponseBadRequest


def login_view(request):
    if request.method != "POST":
        return HttpResponseBadRequest()
    user = authenticate(request, username=request.POST.get("u"), password=request.POST.get("p"))
    if user is None:
        return redirect("/login?failed=1")
    login(request, user)
    return redirect(request.GET.get("next", "/dashboard"))
