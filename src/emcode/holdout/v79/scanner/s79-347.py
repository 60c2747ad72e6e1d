from django.contrib.auth import logout
from django.http import HttpResponseRedirect


def sign_out(request):
    logout(request)
    return HttpResponseRedirect(request.GET.get("return_to", "/"))
