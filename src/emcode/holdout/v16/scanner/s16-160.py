from django.contrib.auth import authenticate, login
from django.http import HttpResponseRedirect
from django.shortcuts import render


def login_view(request):
    if request.method == "POST":
        user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
        if user is not None:
            login(request, user)
            dest = request.GET.get("next", "")
            if dest:
                return HttpResponseRedirect(dest)
            return HttpResponseRedirect("/dashboard/")
    return render(request, "login.html")
