from django.shortcuts import render
from django.utils.safestring import mark_safe

from .models import Profile


def profile(request, username):
    prof = Profile.objects.get(user__username=username)
    bio = mark_safe(prof.bio.replace("\n", "<br>"))
    return render(request, "profile.html", {"profile": prof, "bio": bio})
