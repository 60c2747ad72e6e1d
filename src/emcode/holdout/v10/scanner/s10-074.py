from django.http import HttpResponseRedirect
from django.contrib.auth import logout


def sign_out(request):
    logout(request)
    back = request.GET.get("return_to", "/")
    return HttpResponseRedirect(back)
