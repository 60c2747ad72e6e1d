from django.http import HttpResponse
from django.utils.safestring import mark_safe
from django.shortcuts import get_object_or_404
from .models import Profile


def profile_card(request, username):
    profile = get_object_or_404(Profile, user__username=username)
    card = mark_safe(f'<div class="card"><h3>{profile.nickname}</h3><p>{profile.bio}</p></div>')
    return HttpResponse(card)
