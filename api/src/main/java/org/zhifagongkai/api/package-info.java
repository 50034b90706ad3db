/** The Spring Boot application that wires the portal together. */
@NullMarked
package org.zhifagongkai.api;

import org.jspecify.annotations.NullMarked;
