from django.http import HttpResponse
from django.utils.html import format_html
from django.shortcuts import get_object_or_404
from .models import Profile


def profile_card(request, username):
    profile = get_object_or_404(Profile, user__username=username)
    card = format_html('<div class="card"><h3>{}</h3><p>{}</p></div>', profile.nickname, profile.bio)
    return HttpResponse(card)
