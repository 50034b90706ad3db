/**
 * Staff accounts: who is calling, and on whose behalf. Public reads need no account; every write
 * and every staff view names its account with a bearer token and is checked against the body it
 * acts on.
 */
@NullMarked
package org.zhifagongkai.api.staff;

import org.jspecify.annotations.NullMarked;
