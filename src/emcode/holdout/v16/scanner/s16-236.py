from django.contrib.auth import authenticate, login
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.utils.http import url_has_allowed_host_and_scheme


def login_view(request):
    if request.method == "POST":
        user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
        if user is not None:
            login(request, user)
            dest = request.GET.get("next", "")
            if dest and url_has_allowed_host_and_scheme(dest, allowed_hosts={request.get_host()},
                                                        require_https=request.is_secure()):
                return HttpResponseRedirect(dest)
            return HttpResponseRedirect("/dashboard/")
    return render(request, "login.html")
