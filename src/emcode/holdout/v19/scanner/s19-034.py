from django.contrib.auth import logout
from django.shortcuts import redirect


def logout_view(request):
    logout(request)
    target = request.GET.get("return_to", "/")
    response = redirect(target)
    response.delete_cookie("remember_me")
    return response
