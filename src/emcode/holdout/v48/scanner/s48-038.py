from django.http import HttpResponse
from django.utils.html import escape
from django.views import View


class FilmSearchView(View):
    def get(self, request):
        title = escape(request.GET.get("title", ""))
        response = HttpResponse()
        response.write("<h1>Search</h1>")
        response.write("<p>You searched for " + title + "</p>")
        return response
