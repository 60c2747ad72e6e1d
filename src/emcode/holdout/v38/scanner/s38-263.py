from django.http import HttpResponse
from django.urls import path
from django.utils.html import format_html


def pet_search(request):
    species = request.GET.get("species", "")
    body = format_html("<h2>Adoptable {}</h2><table><tr><td>No results</td></tr></table>", species)
    return HttpResponse(body)


urlpatterns = [path("pets/search/", pet_search)]
