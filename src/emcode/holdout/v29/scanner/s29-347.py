from django.views.generic import DetailView

from .models import Book


class BookDetail(DetailView):
    model = Book
    template_name = "catalogue/book_detail.html"
    context_object_name = "book"

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        ctx["from_search"] = self.request.GET.get("q", "")
        return ctx
