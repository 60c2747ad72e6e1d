from django.shortcuts import get_object_or_404, render
from django.utils.safestring import mark_safe

from .models import Profile


def profile(request, username):
    prof = get_object_or_404(Profile, user__username=username)
    bio_html = mark_safe("<div class='bio'>" + prof.bio.replace("\n", "<br>") + "</div>")
    return render(request, "profile.html", {"profile": prof, "bio_html": bio_html})
