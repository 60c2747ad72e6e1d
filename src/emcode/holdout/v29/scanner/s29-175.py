from django.shortcuts import render, get_object_or_404
from django.utils.safestring import mark_safe

from .models import Player


def player_profile(request, player_id):
    player = get_object_or_404(Player, pk=player_id)
    nickname = request.GET.get("as", player.nickname)
    ctx = {
        "player": player,
        "headline": mark_safe(f"<em>{nickname}</em> &mdash; #{player.shirt_number}"),
    }
    return render(request, "league/player_profile.html", ctx)
