from django.shortcuts import get_object_or_404, render
from django.utils.safestring import mark_safe

from tournaments.models import Player


def player_profile(request, handle):
    player = get_object_or_404(Player, handle=handle)
    tagline = request.GET.get("tagline", player.tagline)
    context = {
        "player": player,
        "tagline": mark_safe(f"<em>{tagline}</em>"),
    }
    return render(request, "tournaments/profile.html", context)
