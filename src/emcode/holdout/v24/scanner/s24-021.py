from django.http import JsonResponse

from .models import Artwork


def artworks_by_artist(request):
    artist = request.GET.get("artist", "")
    qs = Artwork.objects.raw("SELECT * FROM catalogue_artwork WHERE artist_name = '{}'".format(artist))
    return JsonResponse({"titles": [a.title for a in qs]})
