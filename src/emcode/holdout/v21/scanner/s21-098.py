from django.shortcuts import redirect
from django.contrib.auth import logout


def sign_out(request):
    logout(request)
    dest = request.GET.get("return_to", "/")
    if dest.startswith("http") or dest.startswith("/"):
        return redirect(dest)
    return redirect("/")
