def book_link(title, url):
    return '<a href="' + url + '" class="book">' + title + "</a>"
