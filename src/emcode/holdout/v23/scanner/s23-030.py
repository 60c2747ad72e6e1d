from django.shortcuts import redirect
from django.contrib.auth import logout

DESTINATIONS = {
    "home": "/",
    "courses": "/courses/",
    "profile": "/account/profile/",
}


def sign_out(request):
    logout(request)
    key = request.GET.get("return_to", "home")
    return redirect(DESTINATIONS.get(key, "/"))
