from django.shortcuts import get_object_or_404, render
from django.utils.html import escape, linebreaks

from .models import Profile


def profile(request, username):
    prof = get_object_or_404(Profile, user__username=username)
    bio_html = linebreaks(escape(prof.bio))
    return render(request, "profile.html", {"profile": prof, "bio_html": bio_html})
