from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.shortcuts import render, get_object_or_404
from .models import Profile


def profile(request, username):
    prof = get_object_or_404(Profile, user__username=username)
    safe_bio = escape(prof.bio)
    bio_html = mark_safe("<section class='bio'>" + safe_bio + "</section>")
    return render(request, "profile.html", {"bio": bio_html, "name": prof.user.username})
