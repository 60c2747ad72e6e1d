from urllib.parse import urlparse

from django.contrib.auth import authenticate, login
from django.shortcuts import redirect, render


def sign_in(request):
    if request.method == "POST":
        user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
        if user is not None:
            login(request, user)
            back = request.POST.get("return_to", "/")
            if urlparse(back).netloc.endswith("claimsdesk.com") or back.startswith("/"):
                return redirect(back)
            return redirect("/")
    return render(request, "accounts/sign_in.html")
