import logging
from django.contrib.auth import authenticate, login
from django.http import HttpResponse

audit = logging.getLogger("audit")


def login_view(request):
    username = request.POST.get("username", "")
    user = authenticate(request, username=username, password=request.POST.get("password", ""))
    if user is None:
        audit.warning("login failed for " + username)
        return HttpResponse(status=401)
    login(request, user)
    return HttpResponse("welcome")
