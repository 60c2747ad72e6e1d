from django.shortcuts import render, get_object_or_404

from .models import Player


def player_profile(request, player_id):
    player = get_object_or_404(Player, pk=player_id)
    nickname = request.GET.get("as", player.nickname)
    ctx = {
        "player": player,
        "nickname": nickname,
        "shirt": player.shirt_number,
    }
    return render(request, "league/player_profile.html", ctx)
