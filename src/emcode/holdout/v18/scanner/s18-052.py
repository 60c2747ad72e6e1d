from django.contrib.auth import logout
from django.shortcuts import redirect


def logout_view(request):
    logout(request)
    destination = request.GET.get("return", "/")
    return redirect(destination)
