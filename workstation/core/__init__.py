"""Qt-free core: the store and every operation on it, as functions over a sqlite-utils Database."""
