from django.contrib.auth import logout
from django.http import HttpResponseRedirect


def sign_out(request):
    logout(request)
    return_to = request.GET.get("return_to", "/")
    response = HttpResponseRedirect(return_to)
    response.delete_cookie("remember_me")
    return response
