package org.newslens.server;

/** The body of every error answer. */
record ApiError(int status, String code, String message) {
}
