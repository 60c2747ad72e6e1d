from django.http import HttpResponseRedirect
from django.contrib.auth import logout


def logout_view(request):
    logout(request)
    return_to = request.GET.get("return_to", "/")
    return HttpResponseRedirect(return_to)
