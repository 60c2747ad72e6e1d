from django.contrib.auth import authenticate, login
from django.http import HttpResponseRedirect
from django.shortcuts import render


def sign_in(request):
    if request.method != "POST":
        return render(request, "sign_in.html")
    user = authenticate(request, username=request.POST.get("username"), password=request.POST.get("password"))
    if user is None:
        return render(request, "sign_in.html", status=401)
    login(request, user)
    return HttpResponseRedirect(request.POST.get("next", "/"))
