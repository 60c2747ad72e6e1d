from django.shortcuts import get_object_or_404, render
from django.utils.html import escape
from django.utils.safestring import mark_safe

from .models import Player


def player_profile(request, slug):
    player = get_object_or_404(Player, slug=slug)
    highlight = request.GET.get("highlight", "")
    bio = escape(player.bio)
    if highlight:
        needle = escape(highlight)
        bio = bio.replace(needle, f"<mark>{needle}</mark>")
    return render(request, "players/profile.html", {"player": player, "bio": mark_safe(bio)})
