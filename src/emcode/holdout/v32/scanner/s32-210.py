from django.contrib.auth import authenticate, login
from django.shortcuts import redirect, render


def member_login(request):
    if request.method == "POST":
        user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
        if user is not None:
            login(request, user)
            return redirect(request.GET.get("next", "/"))
        return render(request, "login.html", {"error": "Invalid credentials"})
    return render(request, "login.html", {"err