from django.contrib.auth import login
from django.contrib.auth.forms import AuthenticationForm
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme


def signin(request):
    form = AuthenticationForm(request, data=request.POST or None)
    if request.method == "POST" and form.is_valid():
        login(request, form.get_user())
        nxt = request.POST.get("next", "")
        if url_has_allowed_host_and_scheme(nxt, allowed_hosts={request.get_host()}, require_https=True):
            return redirect(nxt)
        return redirect("dashboard")
    return render(request, "signin.html", {"form": form})
