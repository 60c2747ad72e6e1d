from django.http import HttpResponseRedirect
from django.contrib.auth import logout


def logout_view(request):
    logout(request)
    back = request.GET.get("return_to", "/")
    return HttpResponseRedirect(back)
