from django.contrib.auth import authenticate, login
from django.http import HttpResponseRedirect
from django.shortcuts import render


def login_view(request):
    if request.method == "POST":
        user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
        if user is not None:
            login(request, user)
            destination = request.POST.get("next", "/dashboard/")
            return HttpResponseRedirect(destination)
        return render(request, "login.html", {"error": "Invalid credentials"})
    return render(request, "login.html", {"next": request.GET.get("next", "")})
