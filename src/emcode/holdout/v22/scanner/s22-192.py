from django.http import HttpResponseRedirect
from django.contrib.auth.decorators import login_required

from .models import Favorite


@login_required
def toggle_favorite(request, photo_id):
    fav, created = Favorite.objects.get_or_create(user=request.user, photo_id=photo_id)
    if not created:
        fav.delete()
    return_to = request.GET.get("return_to", "/gallery/")
    return HttpResponseRedirect(return_to)
