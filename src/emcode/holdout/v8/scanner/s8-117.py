from django.shortcuts import get_object_or_404, render
from django.utils.safestring import mark_safe

from .models import Profile


def profile(request, username):
    prof = get_object_or_404(Profile, user__username=username)
    bio_html = mark_safe(prof.bio.replace("\n", "<br>"))
    return render(request, "profile.html", {"profile": prof, "bio": bio_html})
