from django.shortcuts import get_object_or_404, render
from django.utils.safestring import mark_safe

from .models import Player


def player_profile(request, slug):
    player = get_object_or_404(Player, slug=slug)
    highlight = request.GET.get("highlight", "")
    bio = player.bio.replace(highlight, f"<mark>{highlight}</mark>") if highlight else player.bio
    return render(request, "players/profile.html", {"player": player, "bio": mark_safe(bio)})
